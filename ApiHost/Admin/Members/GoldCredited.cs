namespace ApiHost.Admin.Members;

public sealed record GoldCredited(long Userid, int Gold);
