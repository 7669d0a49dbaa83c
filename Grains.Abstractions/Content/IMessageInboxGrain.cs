namespace Orleans.Grains.Content;

/// <summary>One user's read marks on messages, keyed by user id. The messages themselves live in their own grains;
/// the inbox only marks messages addressed to its user (to them or to everyone), so nobody can mark another's.</summary>
public interface IMessageInboxGrain : IGrainWithIntegerKey
{
    /// <summary>Which of <paramref name="msgIds"/> this user has read.</summary>
    Task<IReadOnlyList<long>> WhichRead(IReadOnlyList<long> msgIds);

    /// <summary>Marks a message read; false when it does not exist, is not visible now or is not addressed to this user.</summary>
    Task<bool> MarkRead(long msgId);
}
