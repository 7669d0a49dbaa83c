namespace ApiHost.Admin.Messages;

/// <summary>A message as an admin sets it: <c>userid</c> of the recipient, 0 for every user; <c>msg_type</c> 1 system,
/// 2 welfare (with <c>type_ref_id</c>); when clients see it: <c>published</c> and an optional window
/// ("yyyy-MM-dd HH:mm:ss" China time).</summary>
public sealed record MessageRequest(
    long Userid,
    string Title,
    string Content = "",
    string Url = "",
    int MsgType = 1,
    long TypeRefId = 0,
    bool Published = true,
    string? StartTime = null,
    string? EndTime = null);
