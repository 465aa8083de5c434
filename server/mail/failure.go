package mail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/textproto"
	"regexp"
	"strconv"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"github.com/werkportaal/werkportaal/ent/outboxmail"
)

// Failure reasons of a delivery attempt (outboxmail.LastFailure): what staff and the
// metrics see instead of the error text, which may name hosts and addresses.
const (
	FailureUnreachable    = outboxmail.LastFailureUNREACHABLE
	FailureTLS            = outboxmail.LastFailureTLS
	FailureAuthentication = outboxmail.LastFailureAUTHENTICATION
	FailureTemporary      = outboxmail.LastFailureTEMPORARY
	FailureRejected       = outboxmail.LastFailureREJECTED
	FailureOther          = outboxmail.LastFailureOTHER
)

// FailureReasons lists every reason.
var FailureReasons = []outboxmail.LastFailure{
	FailureUnreachable, FailureTLS, FailureAuthentication, FailureTemporary, FailureRejected, FailureOther,
}

// enhancedCode is an RFC 3463 status code at the start of an SMTP reply text.
var enhancedCode = regexp.MustCompile(`^[245]\.\d{1,3}\.\d{1,3}\b`)

// Classify names the kind of a delivery failure and the SMTP status the server gave
// ("550 5.1.1", "451", or "" when there was no reply), from the error alone.
func Classify(err error) (outboxmail.LastFailure, string) {
	code, enhanced := 0, ""
	var se *gomail.SendError
	var tp *textproto.Error
	if errors.As(err, &se) && se.ErrorCode() != 0 {
		code, enhanced = se.ErrorCode(), se.EnhancedStatusCode()
	} else if errors.As(err, &tp) {
		code, enhanced = tp.Code, enhancedCode.FindString(tp.Msg)
	}
	status := ""
	if code != 0 {
		status = strings.TrimSpace(strconv.Itoa(code) + " " + enhanced)
	}
	msg := strings.ToLower(err.Error())
	var (
		recordErr  tls.RecordHeaderError
		certErr    *tls.CertificateVerificationError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
		netErr     net.Error
	)
	switch {
	case code == 530 || code == 534 || code == 535 || code == 538 || strings.Contains(msg, "smtp auth failed"):
		return FailureAuthentication, status
	case errors.As(err, &recordErr), errors.As(err, &certErr), errors.As(err, &unknownCA),
		errors.As(err, &hostErr), errors.As(err, &invalidErr),
		strings.Contains(msg, "starttls"), strings.Contains(msg, "tls: "):
		return FailureTLS, status
	case code >= 500:
		return FailureRejected, status
	case code >= 400:
		return FailureTemporary, status
	case errors.As(err, &netErr), errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.EOF),
		errors.Is(err, io.ErrUnexpectedEOF), strings.Contains(msg, "connection refused"),
		strings.Contains(msg, "no such host"), strings.Contains(msg, "i/o timeout"), strings.Contains(msg, "dial "):
		return FailureUnreachable, status
	}
	return FailureOther, status
}
