namespace Orleans.Tools.LoadTest.Report;

public sealed record AnswerCount(string Code, string Msg, long Count);
