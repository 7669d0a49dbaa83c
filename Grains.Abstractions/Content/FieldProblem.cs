namespace Orleans.Grains.Content;

/// <summary>Why a piece of content was refused: the field at fault (its snake_case name, as admins send it) and the
/// problem. Grains refuse such input with an <see cref="ArgumentException"/> whose parameter name is the field; admin
/// services check the same rules first and answer a 400 naming it.</summary>
public sealed record FieldProblem(string Field, string Problem)
{
    public override string ToString() => $"{Field}: {Problem}";

    public ArgumentException ToException() => new(ToString(), Field);
}
