using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Tests.Domain.Feedback;

public class FeedbackFiguresTests
{
    private static FeedbackAnswers Answer(int rating = 4, Agreement? understanding = Agreement.Agree, int? before = 2, int? after = 4,
        TrainingNeeds? needs = TrainingNeeds.None) => new(rating, understanding, before, after, needs);

    [Fact]
    public void With_no_responses_every_figure_says_no_responses_rather_than_zero_or_NaN()
    {
        var f = FeedbackFigures.From(12, []);
        Assert.Equal("0% (0 of 12)", f.ResponseRate.Display());
        Assert.Equal("no responses", f.BetterUnderstanding.Display());
        Assert.Null(f.BetterUnderstanding.Percent);
        Assert.Equal("no responses", f.ConfidenceBefore.Display());
        Assert.Equal("no responses", f.ConfidenceAfter.Display());
        Assert.Equal("no responses", f.ConfidenceShift.DisplaySigned());
        Assert.Equal("no responses", f.OverallRating.Display());
        Assert.All(f.Ratings, r => Assert.Equal("no responses", r.Display()));
        Assert.All(f.Needs, n => Assert.Equal("no responses", n.Share.Display()));
    }

    [Fact]
    public void With_nobody_completed_the_response_rate_has_nothing_to_divide_by()
    {
        var f = FeedbackFigures.From(0, []);
        Assert.Null(f.ResponseRate.Percent);
        Assert.Equal("no one has completed these events yet", f.ResponseRate.Display("no one has completed these events yet"));
    }

    [Fact]
    public void Better_understanding_counts_agree_and_strongly_agree_only()
    {
        var f = FeedbackFigures.From(10,
        [
            Answer(understanding: Agreement.StronglyAgree), Answer(understanding: Agreement.Agree),
            Answer(understanding: Agreement.NeitherAgreeNorDisagree), Answer(understanding: Agreement.Disagree),
            Answer(understanding: Agreement.StronglyDisagree),
        ]);
        Assert.Equal(2, f.BetterUnderstanding.Count);
        Assert.Equal(5, f.BetterUnderstanding.Of);
        Assert.Equal(40, f.BetterUnderstanding.Percent);
        Assert.Equal("50% (5 of 10)", f.ResponseRate.Display());
    }

    [Fact]
    public void Nine_in_ten_agreeing_is_the_programme_figure_of_90_percent()
    {
        var answers = Enumerable.Range(0, 9).Select(_ => Answer(understanding: Agreement.Agree)).Append(Answer(understanding: Agreement.Disagree)).ToList();
        Assert.Equal("90% (9 of 10)", FeedbackFigures.From(10, answers).BetterUnderstanding.Display());
    }

    [Fact]
    public void Small_counts_round_half_away_from_zero_and_are_flagged_as_small()
    {
        var f = FeedbackFigures.Exact(3, [Answer(understanding: Agreement.Agree), Answer(understanding: Agreement.Agree), Answer(understanding: Agreement.Disagree)]);
        Assert.Equal("67% (2 of 3)", f.BetterUnderstanding.Display());
        Assert.True(f.BetterUnderstanding.IsSmall);
        Assert.Equal(50, new Share(1, 2).Percent);
        Assert.Equal(13, new Share(1, 8).Percent); // 12.5 rounds up, not to even
        Assert.False(new Share(3, 5).IsSmall);
        Assert.False(new Share(0, 0).IsSmall);
    }

    [Fact]
    public void A_single_response_gives_its_own_values()
    {
        var f = FeedbackFigures.Exact(1, [Answer(rating: 5, understanding: Agreement.StronglyAgree, before: 1, after: 5)]);
        Assert.Equal("100% (1 of 1)", f.ResponseRate.Display());
        Assert.Equal("1.0", f.ConfidenceBefore.Display());
        Assert.Equal("5.0", f.ConfidenceAfter.Display());
        Assert.Equal("+4.0", f.ConfidenceShift.DisplaySigned());
        Assert.Equal("5.0", f.OverallRating.Display());
        Assert.Equal("100% (1 of 1)", f.Ratings[4].Display());
        Assert.Equal("0% (0 of 1)", f.Ratings[0].Display());
    }

    [Fact]
    public void Confidence_shift_is_each_persons_own_change_so_half_answered_pairs_are_left_out_of_it()
    {
        var f = FeedbackFigures.Exact(3, [Answer(before: 2, after: 4), Answer(before: 3, after: 4), Answer(before: null, after: 1)]);
        Assert.Equal("2.5", f.ConfidenceBefore.Display());
        Assert.Equal("3.0", f.ConfidenceAfter.Display());
        Assert.Equal(1.5m, f.ConfidenceShift.Value);
        Assert.Equal(2, f.ConfidenceShift.Of);
    }

    [Fact]
    public void A_fall_in_confidence_shows_as_a_negative_shift()
    {
        var f = FeedbackFigures.Exact(2, [Answer(before: 4, after: 3), Answer(before: 5, after: 5)]);
        Assert.Equal("-0.5", f.ConfidenceShift.DisplaySigned());
    }

    [Fact]
    public void Means_round_to_one_decimal_place()
    {
        var f = FeedbackFigures.Exact(3, [Answer(rating: 4), Answer(rating: 4), Answer(rating: 5)]);
        Assert.Equal(4.3m, f.OverallRating.Value);
        Assert.Equal(3, f.OverallRating.Of);
    }

    [Fact]
    public void Questions_not_asked_are_left_out_of_their_figures_not_counted_as_disagreeing()
    {
        var f = FeedbackFigures.Exact(4,
        [
            Answer(understanding: Agreement.Agree), Answer(understanding: null, before: null, after: null, needs: null),
            Answer(understanding: null, before: null, after: null, needs: null),
        ]);
        Assert.Equal("100% (1 of 1)", f.BetterUnderstanding.Display());
        Assert.Equal(1, f.ConfidenceBefore.Of);
        Assert.Equal(1, f.Needs[0].Share.Of);
        Assert.Equal("75% (3 of 4)", f.ResponseRate.Display());
    }

    [Fact]
    public void Training_needs_are_tallied_per_need_over_the_people_asked()
    {
        var f = FeedbackFigures.Exact(3,
        [
            Answer(needs: TrainingNeeds.Dementia | TrainingNeeds.Frailty), Answer(needs: TrainingNeeds.Dementia), Answer(needs: TrainingNeeds.None),
        ]);
        Assert.Equal("67% (2 of 3)", f.Needs.Single(n => n.Need == TrainingNeeds.Dementia).Share.Display());
        Assert.Equal(1, f.Needs.Single(n => n.Need == TrainingNeeds.Frailty).Share.Count);
        Assert.Equal(0, f.Needs.Single(n => n.Need == TrainingNeeds.Musculoskeletal).Share.Count);
        Assert.Equal(7, f.Needs.Count);
    }

    [Fact]
    public void More_responses_than_completions_never_makes_a_rate_over_100_percent()
    {
        // A register corrected after the answer was given: the report still reads sensibly.
        Assert.Equal(100, FeedbackFigures.Exact(1, [Answer(), Answer()]).ResponseRate.Percent);
    }

    [Fact]
    public void Tallies_add_up_so_an_overall_row_is_its_events_tallies_added_together()
    {
        FeedbackAnswers[] leeds = [Answer(rating: 5, before: 1, after: 5, needs: TrainingNeeds.Dementia), Answer(rating: 2, understanding: null, needs: null)];
        FeedbackAnswers[] york = [Answer(rating: 3, understanding: Agreement.Disagree, before: null, needs: TrainingNeeds.Dementia | TrainingNeeds.Other)];

        var added = FeedbackFigures.Exact(5, FeedbackTally.Of(leeds) + FeedbackTally.Of(york));
        var whole = FeedbackFigures.Exact(5, [.. leeds, .. york]);

        Assert.Equal("60% (3 of 5)", added.ResponseRate.Display());
        Assert.Equal("50% (1 of 2)", added.BetterUnderstanding.Display());
        Assert.Equal(3.3m, added.OverallRating.Value);
        Assert.Equal(3.0m, added.ConfidenceShift.Value);   // (4 + 2) over the two who gave both
        Assert.Equal("100% (2 of 2)", added.Needs.Single(n => n.Need == TrainingNeeds.Dementia).Share.Display());
        Assert.Equal(whole.Ratings.Select(r => r.Count), added.Ratings.Select(r => r.Count));
        Assert.Equal(whole.Needs.Select(n => n.Share), added.Needs.Select(n => n.Share));
        Assert.Equal([whole.ConfidenceBefore, whole.ConfidenceAfter, whole.ConfidenceShift], [added.ConfidenceBefore, added.ConfidenceAfter, added.ConfidenceShift]);
    }

    [Fact]
    public void Where_fewer_than_5_responded_only_how_many_responded_is_shown()
    {
        var f = FeedbackFigures.From(6, Enumerable.Range(0, 4).Select(_ => Answer(rating: 5, understanding: Agreement.StronglyAgree)).ToList());
        Assert.True(f.IsWithheld);
        Assert.Equal("67% (4 of 6)", f.ResponseRate.Display());
        Assert.Equal(FeedbackFigures.WithheldText, f.BetterUnderstanding.Display());
        Assert.Null(f.BetterUnderstanding.Percent);
        Assert.Equal((FeedbackFigures.WithheldText, (decimal?)null), (f.OverallRating.Display(), f.OverallRating.Value));
        Assert.Equal(FeedbackFigures.WithheldText, f.ConfidenceShift.DisplaySigned());
        Assert.Equal(5, f.Ratings.Count);
        Assert.All(f.Ratings, r => Assert.Equal((FeedbackFigures.WithheldText, 0), (r.Display(), r.Count)));
        Assert.Equal(7, f.Needs.Count);
        Assert.All(f.Needs, n => Assert.Equal(0, n.Share.Count));
    }

    [Fact]
    public void From_5_responses_the_answers_are_shown()
    {
        var f = FeedbackFigures.From(5, Enumerable.Range(0, 5).Select(_ => Answer(rating: 4)).ToList());
        Assert.False(f.IsWithheld);
        Assert.Equal("4.0", f.OverallRating.Display());
        Assert.Equal("100% (5 of 5)", f.BetterUnderstanding.Display());
    }
}
