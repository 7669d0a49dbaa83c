namespace Orleans.Grains.Content;

/// <summary>A system notice. Clients see it only while <paramref name="Published"/> and inside its window (a null
/// bound is open). A <paramref name="IsDialog"/> notice is also shown once as the start-up dialog; clients remember
/// its <paramref name="Edition"/>, which changes whenever the text changes so an edited notice pops up again.
/// On save the board assigns <paramref name="NoticeId"/> (when 0), <paramref name="CreatedAt"/>,
/// <paramref name="UpdatedAt"/> and <paramref name="Edition"/>; the values passed in are ignored.</summary>
public sealed record NoticeInfo(
    long NoticeId,
    string Title,
    string Summary,
    string Body,
    bool IsDialog,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default,
    string Edition = "");
