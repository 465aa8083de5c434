package mail

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Stats is the state of the whole outbox (all tenants), as operations watch it.
type Stats struct {
	Pending int
	// OldestPending is how long the oldest PENDING mail has waited since it was queued
	// or requeued; zero when nothing is pending.
	OldestPending time.Duration
	Failed        int
}

// OutboxStats reads Stats at now: three counts and two look-ups of one row, all on
// the (status, …) indexes, so it is cheap enough for every scrape.
func OutboxStats(ctx context.Context, client *ent.Client, now time.Time) (Stats, error) {
	// System: metrics count the whole outbox, of every tenant, for the operator.
	sys := viewer.System(ctx)
	var st Stats
	var err error
	pending := outboxmail.StatusEQ(outboxmail.StatusPENDING)
	if st.Pending, err = client.OutboxMail.Query().Where(pending).Count(sys); err != nil {
		return st, fmt.Errorf("mail: outbox stats: %w", err)
	}
	if st.Failed, err = client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusFAILED)).Count(sys); err != nil {
		return st, fmt.Errorf("mail: outbox stats: %w", err)
	}
	if st.Pending == 0 {
		return st, nil
	}
	// A requeued mail waits since its requeue, not since it was first queued.
	var oldest time.Time
	first, err := client.OutboxMail.Query().Where(pending, outboxmail.RequeuedAtIsNil()).
		Order(ent.Asc(outboxmail.FieldCreatedAt)).Select(outboxmail.FieldCreatedAt).First(sys)
	switch {
	case err == nil:
		oldest = first.CreatedAt
	case !ent.IsNotFound(err):
		return st, fmt.Errorf("mail: outbox stats: %w", err)
	}
	requeued, err := client.OutboxMail.Query().Where(pending, outboxmail.RequeuedAtNotNil()).
		Order(ent.Asc(outboxmail.FieldRequeuedAt)).Select(outboxmail.FieldRequeuedAt).First(sys)
	switch {
	case err == nil && (oldest.IsZero() || requeued.RequeuedAt.Before(oldest)):
		oldest = *requeued.RequeuedAt
	case err != nil && !ent.IsNotFound(err):
		return st, fmt.Errorf("mail: outbox stats: %w", err)
	}
	if !oldest.IsZero() && now.After(oldest) {
		st.OldestPending = now.Sub(oldest)
	}
	return st, nil
}

// Metrics are the Prometheus metrics of the outbox: the gauges are read from the
// database on every scrape (the outbox is shared by all instances, so every instance
// reports the same values), the counters count what this instance's dispatcher did.
type Metrics struct {
	client  *ent.Client
	clock   clock.Clock
	timeout time.Duration

	pending, oldest, failedNow *prometheus.Desc

	sentTotal     prometheus.Counter
	failuresTotal *prometheus.CounterVec
	givenUpTotal  prometheus.Counter
}

// NewMetrics registers the outbox metrics with reg.
func NewMetrics(reg prometheus.Registerer, client *ent.Client, clk clock.Clock) *Metrics {
	m := &Metrics{
		client: client, clock: clk, timeout: 2 * time.Second,
		pending: prometheus.NewDesc("werkportaal_mail_outbox_pending",
			"Mails in the outbox waiting for delivery (PENDING), all instances.", nil, nil),
		oldest: prometheus.NewDesc("werkportaal_mail_outbox_oldest_pending_age_seconds",
			"How long the oldest PENDING mail has waited since it was queued or requeued; 0 when none.", nil, nil),
		failedNow: prometheus.NewDesc("werkportaal_mail_outbox_failed",
			"Mails given up as FAILED (not delivered within MAIL_MAX_AGE) and not requeued, all instances.", nil, nil),
		sentTotal: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "werkportaal_mail_sent_total", Help: "Mails this instance delivered.",
		}),
		failuresTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "werkportaal_mail_delivery_failures_total", Help: "Failed delivery attempts of this instance, by reason.",
		}, []string{"reason"}),
		givenUpTotal: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "werkportaal_mail_failed_total", Help: "Mails this instance gave up as FAILED after MAIL_MAX_AGE.",
		}),
	}
	for _, r := range FailureReasons {
		m.failuresTotal.WithLabelValues(string(r)) // every reason is present from the start, so rate() works
	}
	reg.MustRegister(m, m.sentTotal, m.failuresTotal, m.givenUpTotal)
	return m
}

// Describe implements prometheus.Collector for the gauges.
func (m *Metrics) Describe(ch chan<- *prometheus.Desc) {
	ch <- m.pending
	ch <- m.oldest
	ch <- m.failedNow
}

// Collect implements prometheus.Collector: one OutboxStats per scrape. When the
// database does not answer, the gauges are reported as errors and the rest of /metrics
// is still served.
func (m *Metrics) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), m.timeout)
	defer cancel()
	st, err := OutboxStats(ctx, m.client, m.clock.Now())
	if err != nil {
		slog.Warn("mail: outbox metrics", "error", err)
		for _, d := range []*prometheus.Desc{m.pending, m.oldest, m.failedNow} {
			ch <- prometheus.NewInvalidMetric(d, err)
		}
		return
	}
	ch <- prometheus.MustNewConstMetric(m.pending, prometheus.GaugeValue, float64(st.Pending))
	ch <- prometheus.MustNewConstMetric(m.oldest, prometheus.GaugeValue, st.OldestPending.Seconds())
	ch <- prometheus.MustNewConstMetric(m.failedNow, prometheus.GaugeValue, float64(st.Failed))
}

func (m *Metrics) sent() {
	if m != nil {
		m.sentTotal.Inc()
	}
}

func (m *Metrics) failedAttempt(reason outboxmail.LastFailure, givenUp bool) {
	if m == nil {
		return
	}
	m.failuresTotal.WithLabelValues(string(reason)).Inc()
	if givenUp {
		m.givenUpTotal.Inc()
	}
}
