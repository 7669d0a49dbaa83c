namespace ApiHost.Api.Handlers.Mall;

/// <summary>Filters of section 2.26: empty strings and -1 mean "not set".</summary>
public sealed record OrderListParameters(string OrderSn = "", int OrderStatus = -1, string StartTime = "", string EndTime = "", int Page = 1);
