namespace Orleans.Grains.ReadModels;

/// <summary>One condition on a column; all filters of a query must hold. Values are always sent as parameters.</summary>
public sealed record ReadModelFilter(string Column, ReadModelOperator Operator, object Value);
