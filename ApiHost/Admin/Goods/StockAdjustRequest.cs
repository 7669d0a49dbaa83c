namespace ApiHost.Admin.Goods;

/// <summary>Adds (delta &gt; 0) or removes (delta &lt; 0) stock of one product of the goods, with the reason kept in the
/// product's stock journal. A delta, never an absolute value, so purchases made meanwhile are not overwritten.</summary>
/// <param name="Productid">The product (of this goods) whose stock changes.</param>
/// <param name="Delta">Units to add (positive) or remove (negative); never zero.</param>
/// <param name="Reason">Why, kept in the journal (1-200 characters).</param>
/// <param name="RequestId">Optional idempotency key (1-64 letters, digits, '-', '_', '.', ':'; a UUID is fine).
/// Send a fresh one per intended change and the same one on every retry of it: the product applies it once and
/// answers a retry with the first answer (same stock). The product remembers the ids of its 50 most recent
/// adjustments. The same id with another delta or reason answers 409 on request_id. Without it, every POST applies.</param>
public sealed record StockAdjustRequest(long Productid, int Delta, string Reason, string? RequestId = null);
