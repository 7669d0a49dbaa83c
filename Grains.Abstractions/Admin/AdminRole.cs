namespace Orleans.Grains.Admin;

/// <summary>What an admin account may do. Ordered: a higher role includes the rights of the lower ones.</summary>
public enum AdminRole
{
    /// <summary>Read-only: may query every admin resource, may not change anything.</summary>
    Operator = 1,

    /// <summary>Full rights, including managing other admin accounts.</summary>
    Admin = 2,
}
