namespace Orleans.Tools.LoadTest.Options;

/// <summary>A bad command line: the message is one line naming the option and what is wrong with it.</summary>
public sealed class OptionsException(string message) : Exception(message);
