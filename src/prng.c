/* SplitMix64, and the unbiased bounded draw the dip sample uses: see prng.h. */
#include "prng.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

void prng_init(Prng *p, uint64_t seed)
{
	p->state = seed;
}

uint64_t prng_next(Prng *p)
{
	uint64_t z = (p->state += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

uint64_t prng_below(Prng *p, uint64_t n)
{
	/* (2^64 - n) mod n == 2^64 mod n, computed without 128-bit numbers.
	 * Accepting only x >= it leaves a whole number of copies of [0, n). */
	uint64_t reject_below = (0 - n) % n;
	for (;;) {
		uint64_t x = prng_next(p);
		if (x >= reject_below)
			return x % n;
	}
}

int64_t prng_fresh_seed(void)
{
	uint64_t bits = 0;
	FILE *fp = fopen("/dev/urandom", "rb");
	if (fp != NULL) {
		if (fread(&bits, sizeof bits, 1, fp) != 1)
			bits = 0;
		fclose(fp);
	}
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	/* Mixing in the clock and pid keeps seeds apart even without urandom. */
	Prng mix;
	prng_init(&mix, bits ^ (uint64_t)now.tv_sec * UINT64_C(1000000007) ^ (uint64_t)now.tv_nsec
	                     ^ ((uint64_t)getpid() << 32));
	for (;;) {
		int64_t seed = (int64_t)(prng_next(&mix) & UINT64_C(0x7FFFFFFF));
		if (seed != 0)
			return seed;
	}
}
