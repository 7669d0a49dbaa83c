using Orleans.Grains.Admin;

namespace ApiHost.Admin.Http;

/// <summary>The least role an admin endpoint needs. Without it, GET needs <see cref="AdminRole.Operator"/> and every
/// other method <see cref="AdminRole.Admin"/>, so a write cannot be left open to operators by forgetting it.</summary>
public sealed record AdminRoleRequirement(AdminRole Role)
{
    public static AdminRole For(Endpoint? endpoint, string httpMethod) =>
        endpoint?.Metadata.GetMetadata<AdminRoleRequirement>()?.Role
        ?? (HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod) ? AdminRole.Operator : AdminRole.Admin);
}
