namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>An admin API call failed: its message is one line that names the call and the server's reason.</summary>
public sealed class AdminException(string message) : Exception(message);
