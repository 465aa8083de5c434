// Package leave is the leave domain (R28–R29): the Dutch public holidays, an
// employment's work pattern and the hours of a period, the accrual of a leave type
// pro rata for part-time work and part years, expiry dates, and the ledger from which
// every balance is computed. The pure calendar and arithmetic rules live in this
// package's files without a database; the persisted scheme, patterns and ledger are
// in service.go and friends.
//
// Hours are counted in whole minutes (Minutes) so that sums over a ledger are exact;
// the API shows them as hours with decimals.
package leave
