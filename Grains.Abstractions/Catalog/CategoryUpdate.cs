namespace Orleans.Grains.Catalog;

/// <summary>What can change on a category. Parent and type are fixed: moving a category would change the codes
/// of its whole subtree, which clients may have stored.</summary>
public sealed record CategoryUpdate(string Name, int Sort, bool Display);
