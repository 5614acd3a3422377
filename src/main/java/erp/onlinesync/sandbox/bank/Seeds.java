package erp.onlinesync.sandbox.bank;

import java.util.SplittableRandom;

/**
 * Deterministic randomness for the sandbox. Every generated value comes from a generator seeded by a
 * hash of what identifies it (link seed, account, transaction index, call number), never from a shared
 * sequence, so any single value can be recomputed on its own: that is what lets Big Bank serve any page
 * of a million transactions without keeping them, and a Flaky Bank fault be replayed by call number.
 */
public final class Seeds {

    /** The 64-bit golden ratio, SplitMix64's increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** @return a well-mixed hash of the parts; their order matters */
    public static long mix(long... parts) {
        long hash = GOLDEN_GAMMA;
        for (long part : parts) {
            hash = finish(hash ^ finish(part + GOLDEN_GAMMA));
        }
        return hash;
    }

    /** @return a generator that only depends on the parts */
    public static SplittableRandom random(long... parts) {
        return new SplittableRandom(mix(parts));
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    private static long finish(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
