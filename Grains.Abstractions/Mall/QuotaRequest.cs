namespace Orleans.Grains.Mall;

/// <summary>A shard asking another for quota: at least <paramref name="Needed"/> units to be of any use, up to
/// <paramref name="Wanted"/> so that the next buyers need not ask again. <paramref name="LoanId"/> makes a retry safe.</summary>
public sealed record QuotaRequest(string LoanId, int Borrower, int Needed, int Wanted);
