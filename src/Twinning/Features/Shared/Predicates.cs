using System.Linq.Expressions;

namespace Twinning.Features.Shared;

/// <summary>
/// Joins predicates over one type into one lambda EF can translate (the read rule is built per user from their
/// memberships; search ORs one test per spelling). One parameter throughout: each lambda's own is replaced.
/// </summary>
public static class Predicates
{
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) => Any([left, right]);

    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) => All([left, right]);

    public static Expression<Func<T, bool>> Any<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates) => Combine(predicates, Expression.OrElse);

    public static Expression<Func<T, bool>> All<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates) => Combine(predicates, Expression.AndAlso);

    /// <summary>A lambda's body with its parameter replaced by <paramref name="by"/>.</summary>
    public static Expression Rebind(LambdaExpression lambda, Expression by) => new ParameterSwap(lambda.Parameters[0], by).Visit(lambda.Body);

    private static Expression<Func<T, bool>> Combine<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = predicates[0].Parameters[0];
        var body = predicates[0].Body;
        foreach (var next in predicates.Skip(1)) body = join(body, Rebind(next, parameter));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
