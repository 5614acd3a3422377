/** OFX and QFX statement files, 1.x (SGML) and 2.x (XML), read by one small tokenizer into bank-file statements. */
package erp.onlinesync.infrastructure.bankfile.ofx;
