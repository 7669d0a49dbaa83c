namespace ApiHost.Admin.Members;

/// <summary>Gold given to (positive) or taken from (negative) a user. <c>request_id</c>, when sent, makes a retry
/// of the same credit apply once.</summary>
public sealed record GoldCreditRequest(int Amount, string Reason, string? RequestId = null);
