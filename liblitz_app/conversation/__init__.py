"""Conversations with Liblitz: the turns kept in the ledger, the prompt a model is given (her card,
the memories recall found, quoted as data), and the memories proposed from what the user said.
Pure Python, no Qt: the chat pane (ui/chat/) is a thin adapter over it."""
from ..store.conversations import Conversation, ConversationListing, NewTurn, Role, Turn
from .proposals import ConversationProposals, proposal_messages, read_proposals, record
from .prompt import Budget, Given, Prompt, assemble, estimate_tokens, quoted
from .talk import ReplyRequest, keep_reply, read_mood, retry, say

__all__ = [
    "Budget", "Conversation", "ConversationListing", "ConversationProposals", "Given", "NewTurn", "Prompt",
    "ReplyRequest", "Role", "Turn",
    "assemble", "estimate_tokens", "keep_reply", "proposal_messages", "quoted", "read_mood", "read_proposals",
    "record", "retry", "say",
]
