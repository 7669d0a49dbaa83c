namespace Orleans.Grains.Mall;

/// <summary>Quota one shard of a sale gave another: the hand-off that lets a sold-out shard keep serving its buyers
/// while other shards have stock. The lender records it durably before the borrower may use it.</summary>
public sealed record QuotaLoan(string LoanId, int Lender, int Borrower, int Quantity);
