package graph

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// TestAnswerStatusFollowsPresentedCodes: the answer of an executed operation is 200
// unless an error with a code of answerStatus was presented; then that status with
// Retry-After, the database's outage before a rate limit.
func TestAnswerStatusFollowsPresentedCodes(t *testing.T) {
	unavailable := errors.New("dial tcp: connection refused")
	for _, c := range []struct {
		name      string
		presented map[apperr.Code]error
		status    int
		retry     string
	}{
		{"no error", nil, 200, ""},
		{"a user-facing error", map[apperr.Code]error{apperr.NotFound: apperr.NotFoundf("gone")}, 200, ""},
		{"a rate limit", map[apperr.Code]error{apperr.TooManyRequests: apperr.TooMany("slow down", 1500*time.Millisecond)}, 429, "2"},
		{"the database away", map[apperr.Code]error{apperr.ServiceUnavailable: unavailable}, 503, "10"},
		{"both", map[apperr.Code]error{
			apperr.TooManyRequests:    apperr.TooMany("slow down", time.Minute),
			apperr.ServiceUnavailable: unavailable,
		}, 503, "10"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			ctx, aw := newAnswerWriter(context.Background(), rec)
			for code, err := range c.presented {
				presented(ctx, code, err)
			}
			_, _ = aw.Write([]byte(`{"data":null}`))
			aw.finish()
			if rec.Code != c.status || rec.Header().Get("Retry-After") != c.retry {
				t.Errorf("status %d Retry-After %q, want %d %q", rec.Code, rec.Header().Get("Retry-After"), c.status, c.retry)
			}
		})
	}
}
