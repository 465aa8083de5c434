package mail_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/werkportaal/werkportaal/server/mail"
)

// BenchmarkEnqueueMany renders and queues invitations in bulk, as a collective grant
// does (one mail per person).
func BenchmarkEnqueueMany(b *testing.B) {
	f := newFixture(b)
	msgs := make([]mail.Message, 1000)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, fmt.Sprintf("p%d@example.nl", i), inviteLink, t0)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := mail.EnqueueMany(context.Background(), f.st.Client, msgs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "mails/s")
}

// BenchmarkDeliveryToLoopbackSMTP is outbox throughput: one dispatcher delivering to
// an SMTP sink on 127.0.0.1, one connection per mail.
func BenchmarkDeliveryToLoopbackSMTP(b *testing.B) {
	f := newFixture(b)
	srv := startSMTP(b, nil, nil)
	msgs := make([]mail.Message, b.N)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, fmt.Sprintf("p%d@example.nl", i), inviteLink, t0)
	}
	f.enqueue(msgs...)
	d := f.dispatcher(smtpSender(b, srv.URL()))
	d.Batch = 50
	b.ResetTimer()
	total := 0
	for total < b.N {
		sent, failed, err := d.RunOnce(context.Background())
		if err != nil || failed > 0 || sent == 0 {
			b.Fatalf("RunOnce: %d sent, %d failed, %v", sent, failed, err)
		}
		total += sent
	}
	b.StopTimer()
	if n := len(srv.Received()); n != b.N {
		b.Fatalf("server received %d of %d", n, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mails/s")
}
