using System.Text;

namespace Twinning.Tests.Features.Exports;

/// <summary>A strict RFC 4180 reader for checking the exports: quoted fields, doubled quotes, CRLF records.</summary>
public static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
                i++;
            }
            else if (c is '\r' or '\n' or '"') throw new FormatException($"bare {(int)c} outside quotes at {i}");
            else field.Append(c);
        }
        if (quoted) throw new FormatException("unterminated quoted field");
        if (field.Length > 0 || fields.Count > 0) throw new FormatException("the last record does not end with CRLF");
        return records;
    }
}
