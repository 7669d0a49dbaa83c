namespace Orleans.Grains.Content;

/// <summary>A system message (sections 2.20, 2.21) to one user (<paramref name="UserId"/>) or to every user
/// (<see cref="Everyone"/>). <paramref name="MsgType"/>: 1 system, 2 welfare (then <paramref name="TypeRefId"/> names
/// the welfare). Clients see it only while <paramref name="Published"/> and inside its window. <paramref name="CreatedAt"/>
/// and <paramref name="UpdatedAt"/> are set by the grain.</summary>
public sealed record MessageInfo(
    long MsgId,
    long UserId,
    int MsgType,
    long TypeRefId,
    string Title,
    string Content,
    string Url,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default)
{
    /// <summary>The UserId of a message to every user.</summary>
    public const long Everyone = 0;

    public const int MaxTitleLength = 100;
    public const int MaxContentLength = 2000;
    public const int MaxUrlLength = 500;

    public FieldProblem? Check() =>
        (UserId < 0 ? new FieldProblem("userid", "must be a user id, or 0 for every user") : null)
        ?? (MsgType is not (1 or 2) ? new FieldProblem("msg_type", "must be 1 (system) or 2 (welfare)") : null)
        ?? (TypeRefId < 0 ? new FieldProblem("type_ref_id", "must not be negative") : null)
        ?? ContentRules.Text(Title, "title", MaxTitleLength)
        ?? ContentRules.Text(Content, "content", MaxContentLength, required: false)
        ?? ContentRules.Url(Url, "url", MaxUrlLength, required: false)
        ?? ContentRules.Window(StartTime, EndTime);

    /// <summary>True when <paramref name="userId"/> is a recipient.</summary>
    public bool IsFor(long userId) => UserId == Everyone || UserId == userId;
}
