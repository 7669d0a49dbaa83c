namespace Orleans.Tools.LoadTest.Running;

/// <summary>A configuration problem found while setting up or running (unreachable host, wrong secret, sale not
/// found...): printed as one line, exit code <see cref="ExitCodes.BadConfiguration"/>.</summary>
public sealed class LoadTestException(string message) : Exception(message);
