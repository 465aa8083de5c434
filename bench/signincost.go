package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// benchSignInCost measures an employee's sign-in over HTTP (employeeLogin, the real
// handler) beside the bare argon2id verification of the same account's hash with the
// server's own hasher, interleaved one by one: what sign-in costs on top of the hash
// (rate limits, the account's look-up, the verdict under a row lock, the session,
// the token). Each account signs in once, so no per-account limit interferes; the
// address's sign-in windows are cleared first, as earlier sections signed in too.
func benchSignInCost(ctx context.Context, a *app.App, conn *pgx.Conn, c *http.Client, base string, n int) error {
	if _, err := conn.Exec(ctx, forgetRateLimits); err != nil {
		return err
	}
	sys := viewer.System(ctx)
	accs, err := a.Store.Client.Account.Query().
		Where(account.StateEQ(account.StateACTIVE), account.UsernameNotNil(), account.LockedUntilIsNil()).
		Order(ent.Asc(account.FieldID)).Limit(n).All(sys)
	if err != nil {
		return err
	}
	if len(accs) == 0 {
		return errors.New("no active employee accounts in the dataset")
	}
	q := `mutation($u:String!,$p:String!){employeeLogin(input:{username:$u,password:$p}){accessToken userErrors{code}}}`
	var httpLat, hashLat []time.Duration
	for _, acc := range accs {
		start := time.Now()
		ok, _, err := a.Auth.Passwords().Verify(ctx, acc.PasswordHash, demo.EmployeePassword)
		if err != nil || !ok {
			return fmt.Errorf("bare hash of %s: ok %v, %v", acc.ID, ok, err)
		}
		hashLat = append(hashLat, time.Since(start))
		var out struct {
			Data struct {
				EmployeeLogin struct {
					AccessToken string
					UserErrors  []struct{ Code string }
				} `json:"employeeLogin"`
			} `json:"data"`
		}
		start = time.Now()
		if err := post(c, base, "", q, map[string]any{"u": *acc.Username, "p": demo.EmployeePassword}, &out); err != nil {
			return err
		}
		httpLat = append(httpLat, time.Since(start))
		if out.Data.EmployeeLogin.AccessToken == "" {
			return fmt.Errorf("employee sign-in of %s refused: %v", acc.ID, out.Data.EmployeeLogin.UserErrors)
		}
	}
	slices.Sort(httpLat)
	slices.Sort(hashLat)
	fmt.Printf("\nemployee sign-in (%d accounts, one after another, interleaved with the bare hash):\n", len(accs))
	report("employeeLogin over HTTP", httpLat)
	report("bare argon2id verification of the same hash", hashLat)
	fmt.Printf("sign-in on top of the hash: p50 +%.2f ms (%.2f×)\n",
		ms(pct(httpLat, 50))-ms(pct(hashLat, 50)), ratio(httpLat, 50, hashLat))
	return nil
}
