namespace Orleans.Grains.Mall;

/// <summary>A lender's answer to a probe, from memory: its spare quota, and (only when the borrower's count of loans from
/// it is behind) every loan it made to the borrower, so a borrower that lost its record of a loan takes it back in.</summary>
public sealed record QuotaOffer(int Spare, IReadOnlyList<QuotaLoan> LoansToYou);
