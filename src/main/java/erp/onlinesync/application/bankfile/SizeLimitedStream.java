package erp.onlinesync.application.bankfile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload read no further than the size limit. Past it, it reports the end of the file and
 * remembers that the limit was passed: a reader that wraps every read error in its own exception
 * cannot hide it, the preview asks {@link #exceeded()} once the reader is done.
 */
final class SizeLimitedStream extends FilterInputStream {

    private final long limit;
    private long read;
    private boolean exceeded;

    SizeLimitedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded) {
            return -1;
        }
        // one byte more than allowed tells a file of exactly the limit from a larger one
        int n = super.read(b, off, (int) Math.min(len, limit + 1 - read));
        if (n > 0) {
            read += n;
            if (read > limit) {
                exceeded = true;
                return -1;
            }
        }
        return n;
    }

    /** Skipped bytes count as read: reads them through {@link #read(byte[], int, int)}. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r == -1) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
