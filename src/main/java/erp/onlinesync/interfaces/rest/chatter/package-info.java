/** REST resources of the chatter: a link's messages. */
package erp.onlinesync.interfaces.rest.chatter;
