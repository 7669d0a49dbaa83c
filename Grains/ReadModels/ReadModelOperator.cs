namespace Orleans.Grains.ReadModels;

public enum ReadModelOperator
{
    Equal,
    AtLeast,
    AtMost,

    /// <summary>Case-insensitive substring of a Text column (LIKE with escaping; cannot use an index).</summary>
    Contains,

    /// <summary>One of a list of values (the filter's value is an IEnumerable of them, at most 500).</summary>
    In,
}
