package auth

import (
	"context"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/werkportaal/werkportaal/server/ratelimit"
)

// PasswordHasher hashes and verifies passwords for requests. Every sign-in, also of an
// unknown user or with a wrong password, costs one argon2id run of DefaultArgon2.Memory
// (19 MiB), so the request paths go through a bounded Hasher instead of the package
// functions, which are for seeding and tests.
type PasswordHasher interface {
	Hash(ctx context.Context, password string) (string, error)
	Verify(ctx context.Context, phc, password string) (ok, needsRehash bool, err error)
}

// HasherConfig bounds concurrent argon2id work.
type HasherConfig struct {
	// Concurrency is how many hashes run at once. More than the cores only adds memory:
	// argon2id is CPU-bound, so extra runs make every run slower.
	Concurrency int
	// Queue is how many more may wait for a slot; beyond that a request is refused at once.
	Queue int
	// Wait is the longest a queued request waits for a slot before it is refused.
	Wait time.Duration
}

// DefaultHasherConfig is one hash per core, a queue of four per core, and one second of
// waiting: at 19 MiB a hash that bounds argon2id memory to 19 MiB per core, while a
// queued request is answered well within a sign-in's patience.
func DefaultHasherConfig() HasherConfig {
	n := runtime.GOMAXPROCS(0)
	return HasherConfig{Concurrency: n, Queue: 4 * n, Wait: time.Second}
}

// hasherRetryAfter is what a refused caller is told: a slot frees within tens of
// milliseconds, but the client should not come back at once.
const hasherRetryAfter = time.Second

// Hasher runs argon2id under a semaphore with a short bounded queue. Beyond the queue,
// or after waiting Wait, a request is refused with TOO_MANY_REQUESTS instead of
// adding another 19 MiB: memory stays at Concurrency × 19 MiB however many sign-ins
// arrive at once.
type Hasher struct {
	slots    chan struct{} // held while hashing
	admitted chan struct{} // held while hashing or queued
	wait     time.Duration

	running, peak, refused atomic.Int64
}

// NewHasher returns a hasher bounded by cfg; zero fields take DefaultHasherConfig's.
func NewHasher(cfg HasherConfig) *Hasher {
	def := DefaultHasherConfig()
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = def.Concurrency
	}
	if cfg.Queue < 0 {
		cfg.Queue = 0
	}
	if cfg.Wait <= 0 {
		cfg.Wait = def.Wait
	}
	return &Hasher{
		slots:    make(chan struct{}, cfg.Concurrency),
		admitted: make(chan struct{}, cfg.Concurrency+cfg.Queue),
		wait:     cfg.Wait,
	}
}

// HasherStats describes a hasher's load so far.
type HasherStats struct {
	Running int64 // hashes running now
	Peak    int64 // most hashes that ever ran at once
	Refused int64 // requests refused as too many
}

// Stats returns the hasher's load.
func (h *Hasher) Stats() HasherStats {
	return HasherStats{Running: h.running.Load(), Peak: h.peak.Load(), Refused: h.refused.Load()}
}

// acquire waits for a slot within the queue and wait bounds.
func (h *Hasher) acquire(ctx context.Context) (release func(), err error) {
	select {
	case h.admitted <- struct{}{}:
	default:
		return nil, h.busy(ctx)
	}
	select {
	case h.slots <- struct{}{}:
	default:
		timer := time.NewTimer(h.wait)
		defer timer.Stop()
		select {
		case h.slots <- struct{}{}:
		case <-timer.C:
			<-h.admitted
			return nil, h.busy(ctx)
		case <-ctx.Done():
			<-h.admitted
			return nil, ctx.Err()
		}
	}
	n := h.running.Add(1)
	for p := h.peak.Load(); n > p && !h.peak.CompareAndSwap(p, n); p = h.peak.Load() {
	}
	return func() {
		h.running.Add(-1)
		<-h.slots
		<-h.admitted
	}, nil
}

func (h *Hasher) busy(ctx context.Context) error {
	h.refused.Add(1)
	return ratelimit.Refusal(hasherRetryAfter, "too many sign-ins at this moment; try again in a moment")
}

// Hash returns the PHC string of password with DefaultArgon2.
func (h *Hasher) Hash(ctx context.Context, password string) (string, error) {
	release, err := h.acquire(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	return HashPassword(password)
}

// Verify checks password against a PHC string; see VerifyPassword.
func (h *Hasher) Verify(ctx context.Context, phc, password string) (ok, needsRehash bool, err error) {
	// A malformed hash costs nothing, so it needs no slot.
	if _, _, _, err := decodePHC(phc); err != nil {
		return false, false, err
	}
	release, err := h.acquire(ctx)
	if err != nil {
		return false, false, err
	}
	defer release()
	return VerifyPassword(phc, password)
}
