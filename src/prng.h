/* A small pseudo-random generator with a fixed, documented algorithm, so a
 * dip sample drawn with a given seed is the same on any machine and with any
 * C library (rand() promises neither).
 *
 * The algorithm is SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the reference code is
 * Vigna's splitmix64.c):
 *
 *     state = state + 0x9E3779B97F4A7C15            (mod 2^64)
 *     z = state
 *     z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9       (mod 2^64)
 *     z = (z ^ (z >> 27)) * 0x94D049BB133111EB       (mod 2^64)
 *     return z ^ (z >> 31)
 *
 * with the seed as the initial state. Seeded with 1234567 its first outputs
 * are 6457827717110365317, 3203168211198807973, 9817491932198370423, ...
 * (tests/check_sample.c checks these and more). */
#ifndef CASEAUDIT_PRNG_H
#define CASEAUDIT_PRNG_H

#include <stdint.h>

typedef struct {
	uint64_t state;
} Prng;

void prng_init(Prng *p, uint64_t seed);
/* The next 64 random bits. */
uint64_t prng_next(Prng *p);
/* A uniform integer in [0, n), n > 0, without modulo bias: outputs x below
 * 2^64 mod n are rejected and the next one is taken; the first accepted
 * x gives x mod n. */
uint64_t prng_below(Prng *p, uint64_t n);
/* A fresh seed for a draw made without --seed: from the system's entropy
 * (/dev/urandom), else the clock and process id, mixed. It lies in
 * 1 .. 2^31-1, short enough for a person to read off and type back. */
int64_t prng_fresh_seed(void);

#endif
