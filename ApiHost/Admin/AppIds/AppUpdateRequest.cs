namespace ApiHost.Admin.AppIds;

/// <summary>Body of PUT /v1/apps/{appid}; leave out what stays the same.</summary>
/// <param name="Enabled">False disables the appid.</param>
/// <param name="IpRanges">Replaces the allowed ranges (CIDR or single addresses, at most 32); [] allows anywhere.</param>
/// <param name="Dialects">Replaces the protocols the app may use (yaf, app, rest-v1, app-token, envelope); [] allows none.</param>
public sealed record AppUpdateRequest(bool? Enabled = null, IReadOnlyList<string>? IpRanges = null, IReadOnlyList<string>? Dialects = null);
