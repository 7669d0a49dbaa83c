namespace Orleans.Grains.Mall;

/// <summary>One manual stock change: the delta, why, and the available stock after it.</summary>
public sealed record StockAdjustment(int Delta, string Reason, int Available, DateTimeOffset At);
