namespace Orleans.Grains.Content;

public sealed class NoticeBoardState
{
    public List<NoticeInfo> Notices { get; set; } = [];
}
