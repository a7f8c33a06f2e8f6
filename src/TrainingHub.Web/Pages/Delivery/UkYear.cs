using System.Linq.Expressions;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>
/// The UK year of an instant as an expression the database can group by: a CASE over the first moments of the years
/// from <c>first</c> to <c>last</c> (UK time), so no provider's date functions or time zones are needed.
/// </summary>
public static class UkYear
{
    /// <summary>Replaces the <c>year</c> parameter of <paramref name="shape"/> with the UK year of <paramref name="instant"/>.</summary>
    public static Expression<Func<T, TResult>> Into<T, TResult>(
        Expression<Func<T, int, TResult>> shape, Expression<Func<T, DateTimeOffset?>> instant, int first, int last)
    {
        var row = shape.Parameters[0];
        var at = new Replace(instant.Parameters[0], row).Visit(instant.Body)!;
        Expression year = Expression.Constant(last);
        for (var y = last; y > first; y--)
        {
            var starts = Expression.Constant((DateTimeOffset?)LondonTime.StartOfDay(new DateOnly(y, 1, 1)), typeof(DateTimeOffset?));
            year = Expression.Condition(Expression.LessThan(at, starts), Expression.Constant(y - 1), year);
        }
        return Expression.Lambda<Func<T, TResult>>(new Replace(shape.Parameters[1], year).Visit(shape.Body)!, row);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
