package auth

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// waitFor yields until cond holds: the test waits for a state, never for a duration.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for i := 0; !cond(); i++ {
		if i > 1e7 {
			t.Fatalf("never: %s", what)
		}
		runtime.Gosched()
	}
}

// At most Concurrency hashes run, at most Queue more wait, and the next
// one is refused at once with TOO_MANY_REQUESTS and a Retry-After.
func TestHasherBoundsRunningAndQueued(t *testing.T) {
	h := NewHasher(HasherConfig{Concurrency: 1, Queue: 1, Wait: time.Hour})
	ctx := context.Background()
	release, err := h.acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	queued := make(chan func(), 1)
	go func() {
		r, err := h.acquire(ctx)
		if err != nil {
			t.Error(err)
		}
		queued <- r
	}()
	waitFor(t, "the second request queues", func() bool { return len(h.admitted) == 2 })

	_, err = h.acquire(ctx)
	d, ok := apperr.RetryAfterOf(err)
	if !ok || d < time.Second {
		t.Fatalf("third request beyond the queue: %v, want TOO_MANY_REQUESTS with Retry-After", err)
	}
	release()
	second := <-queued
	if st := h.Stats(); st.Running != 1 || st.Peak != 1 || st.Refused != 1 {
		t.Errorf("stats %+v, want 1 running, peak 1, 1 refused", st)
	}
	second()
	if st := h.Stats(); st.Running != 0 || len(h.admitted) != 0 || len(h.slots) != 0 {
		t.Errorf("after release: %+v, %d admitted, %d slots held", st, len(h.admitted), len(h.slots))
	}
}

// A queued request that gets no slot within Wait is refused and leaves the queue.
func TestHasherRefusesAfterWaiting(t *testing.T) {
	h := NewHasher(HasherConfig{Concurrency: 1, Queue: 5, Wait: time.Millisecond})
	release, err := h.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if _, err := h.acquire(context.Background()); apperr.CodeOf(err) != apperr.TooManyRequests {
		t.Fatalf("waited past Wait: %v, want TOO_MANY_REQUESTS", err)
	}
	if len(h.admitted) != 1 {
		t.Errorf("%d admitted after the refusal, want only the running one", len(h.admitted))
	}
	// A request whose client went away stops waiting with the context's error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	h2 := NewHasher(HasherConfig{Concurrency: 1, Queue: 1, Wait: time.Hour})
	r2, _ := h2.acquire(context.Background())
	defer r2()
	if _, err := h2.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait: %v", err)
	}
}

// Verify gives the package function's answers; a malformed hash needs no slot.
func TestHasherVerify(t *testing.T) {
	h := NewHasher(HasherConfig{Concurrency: 1})
	ctx := context.Background()
	phc, err := h.Hash(ctx, "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if ok, rehash, err := h.Verify(ctx, phc, "correct horse battery staple"); !ok || rehash || err != nil {
		t.Errorf("right password: %v %v %v", ok, rehash, err)
	}
	if ok, _, _ := h.Verify(ctx, phc, "Correct horse battery staple"); ok {
		t.Error("wrong password verified")
	}
	release, _ := h.acquire(ctx)
	defer release()
	if _, _, err := h.Verify(ctx, "$2a$10$bcrypt", "x"); !errors.Is(err, ErrMalformedHash) {
		t.Errorf("malformed hash with every slot taken: %v, want ErrMalformedHash", err)
	}
}
