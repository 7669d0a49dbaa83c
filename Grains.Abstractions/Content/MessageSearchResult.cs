namespace Orleans.Grains.Content;

public sealed record MessageSearchResult(IReadOnlyList<MessageInfo> Messages, long Total);
