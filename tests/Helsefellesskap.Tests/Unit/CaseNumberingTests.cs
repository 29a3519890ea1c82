using Helsefellesskap.Web.Features.Meetings;
using static Helsefellesskap.Web.Features.Meetings.Agenda.CaseNumbering;

namespace Helsefellesskap.Tests.Unit;

public sealed class CaseNumberingTests
{
    [Fact]
    public void Unfrozen_items_are_numbered_in_agenda_order() =>
        Assert.Equal([1, 2, 3], Assign([new Slot(false, 7), new Slot(false, null), new Slot(false, 1)]));

    [Fact]
    public void Frozen_numbers_are_kept_and_later_items_continue_after_them() =>
        Assert.Equal([21, 22, 23, 24, 25], Assign([new Slot(true, 21), new Slot(true, 22), new Slot(true, 23), new Slot(false, null), new Slot(false, 3)]));

    [Fact]
    public void An_item_added_inside_an_issued_agenda_never_takes_an_issued_number() =>
        Assert.Equal([24, 25, 30, 26, 27, 28, 29, 31], Assign([
            new Slot(true, 24), new Slot(true, 25), new Slot(false, null), new Slot(true, 26),
            new Slot(true, 27), new Slot(true, 28), new Slot(true, 29), new Slot(false, null)]));

    [Fact]
    public void Unfrozen_items_skip_numbers_frozen_later_in_the_year() =>
        Assert.Equal([1, 3, 2], Assign([new Slot(false, null), new Slot(false, null), new Slot(true, 2)]));

    [Fact]
    public void Conclusion_points_are_lines_with_optional_numbers() =>
        Assert.Equal(["Orienteringen tas til etterretning.", "Saken settes på agendaen i neste møte."],
            ConclusionPoints.Parse("1. Orienteringen tas til etterretning.\n\n2) Saken settes på agendaen i neste møte.\n"));
}
