"""Turn geopolitical news into a temporal knowledge graph of actors.

The flow: ``kg.reading`` (article files) → ``kg.segment`` (entries, sentences) →
``kg.actors`` (mentions → canonical actors) → ``kg.relations`` (predicate triggers) →
``kg.timex`` (dates) → ``kg.extract`` (dated statements) → ``kg.store`` (Cypher over Bolt).
"""

__version__ = "0.1.0"
