namespace Orleans.Grains.Mall;

public enum StockAdjustStatus
{
    /// <summary>Applied now.</summary>
    Applied = 1,

    /// <summary>The request id was applied before with the same delta and reason; nothing changed this time.</summary>
    Repeated = 2,

    /// <summary>Refused: it would take the available stock below zero. Nothing is remembered, so a retry is judged afresh.</summary>
    BelowZero = 3,

    /// <summary>Refused: the request id was applied before with another delta or reason.</summary>
    RequestIdReused = 4,
}
