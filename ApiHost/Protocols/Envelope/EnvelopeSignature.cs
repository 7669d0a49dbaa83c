namespace ApiHost.Protocols.Envelope;

/// <summary>Signs an answer's (Action, TradeSerialNo, rspCode, msgContent) with the server's key.</summary>
public delegate string EnvelopeSignature(string action, string serial, string rspCode, string content);
