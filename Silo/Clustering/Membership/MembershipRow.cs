namespace Orleans.Runtime.Membership;

/// <summary>An entry as read, with the exact stored text: writes that must not overwrite a newer entry are
/// conditioned on that text being unchanged.</summary>
internal sealed record MembershipRow(string Field, string Raw, MembershipEntry Entry);
