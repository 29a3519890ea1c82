using System.Xml.Linq;
using Helsefellesskap.Web.Features.Bodies;

namespace Helsefellesskap.Tests.Unit;

public sealed class BodyHierarchyTests
{
    // PM ← SSU ← FSU ← FU; AU ← SSU
    private static readonly Dictionary<int, int?> ParentOf = new() { [1] = null, [2] = 1, [3] = 2, [4] = 3, [5] = 2 };

    [Fact]
    public void A_body_reporting_to_itself_is_a_cycle() => Assert.True(BodyHierarchy.WouldCreateCycle(2, 2, ParentOf));

    [Fact]
    public void Reporting_to_a_descendant_is_a_cycle() => Assert.True(BodyHierarchy.WouldCreateCycle(2, 4, ParentOf));

    [Theory]
    [InlineData(4, 5)]
    [InlineData(4, 1)]
    [InlineData(1, null)]
    public void Other_moves_are_fine(int body, int? parent) => Assert.False(BodyHierarchy.WouldCreateCycle(body, parent, ParentOf));

    [Fact]
    public void A_new_body_cannot_make_a_cycle() => Assert.False(BodyHierarchy.WouldCreateCycle(null, 4, ParentOf));

    [Fact]
    public void The_tree_nests_children_under_parents()
    {
        var tree = BodyHierarchy.Tree(Bodies());
        var pm = Assert.Single(tree);
        Assert.Equal("PM", pm.Body.ShortName);
        var ssu = Assert.Single(pm.Children);
        Assert.Equal(["FSU", "AU"], ssu.Children.Select(c => c.Body.ShortName));
    }

    [Fact]
    public void The_chart_is_well_formed_svg_with_a_linked_box_per_body()
    {
        var svg = XDocument.Parse(OrgChartSvg.Render(BodyHierarchy.Tree(Bodies()), b => $"/x/organer/{b.Id}", "Kart"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("group", svg.Root!.Attribute("role")!.Value);
        Assert.Equal("Kart", svg.Root.Element(ns + "title")!.Value);
        Assert.Equal(5, svg.Descendants(ns + "a").Count());
        Assert.Contains(svg.Descendants(ns + "a"), a => a.Attribute("href")!.Value == "/x/organer/4");
    }

    [Fact]
    public void Long_names_wrap_on_two_lines_at_most()
    {
        var lines = OrgChartSvg.Wrap("Samhandlingsforum for ledere i psykisk helse og rus i Vestfold", 26).ToList();
        Assert.True(lines.Count >= 2);
        Assert.EndsWith("…", lines[1]);
    }

    private static IEnumerable<Body> Bodies() =>
    [
        new() { Id = 1, Name = "Partnerskapsmøtet", ShortName = "PM" },
        new() { Id = 2, Name = "Strategisk samarbeidsutvalg", ShortName = "SSU", ParentBodyId = 1 },
        new() { Id = 3, Name = "Faglig samarbeidsutvalg", ShortName = "FSU", ParentBodyId = 2 },
        new() { Id = 4, Name = "Fagutvalg for akuttkjeden", ShortName = "FU-AK", ParentBodyId = 3 },
        new() { Id = 5, Name = "Arbeidsutvalg", ShortName = "AU", ParentBodyId = 2 },
    ];
}
