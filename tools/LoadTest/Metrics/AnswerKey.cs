namespace Orleans.Tools.LoadTest.Metrics;

/// <summary>What answers are counted by: the code column ("200", "503", "HTTP 502", "timeout"...) and the msg.</summary>
public readonly record struct AnswerKey(string Code, string Message);
