namespace Helsefellesskap.Bench;

/// <summary>The last lines a child process wrote, kept so a failing server can be diagnosed.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (gate)
        {
            if (lines.Count == capacity)
            {
                lines.Dequeue();
            }
            lines.Enqueue(line);
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, lines);
        }
    }
}
